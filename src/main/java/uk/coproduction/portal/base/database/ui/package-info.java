@NullMarked
package uk.coproduction.portal.base.database.ui;

import org.jspecify.annotations.NullMarked;

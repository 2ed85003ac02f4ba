@NullMarked
package uk.coproduction.portal.base.ui;

import org.jspecify.annotations.NullMarked;

@NullMarked
package uk.coproduction.portal.base.database;

import org.jspecify.annotations.NullMarked;

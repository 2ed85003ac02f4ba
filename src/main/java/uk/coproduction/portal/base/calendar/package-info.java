@NullMarked
package uk.coproduction.portal.base.calendar;

import org.jspecify.annotations.NullMarked;

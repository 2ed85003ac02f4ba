@NullMarked
package uk.coproduction.portal.frontline;

import org.jspecify.annotations.NullMarked;

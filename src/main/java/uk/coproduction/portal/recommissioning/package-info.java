@NullMarked
package uk.coproduction.portal.recommissioning;

import org.jspecify.annotations.NullMarked;

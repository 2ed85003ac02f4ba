@NullMarked
package uk.coproduction.portal.base.limits;

import org.jspecify.annotations.NullMarked;

@NullMarked
package uk.coproduction.portal.safeguarding;

import org.jspecify.annotations.NullMarked;

@NullMarked
package uk.coproduction.portal.privacy;

import org.jspecify.annotations.NullMarked;

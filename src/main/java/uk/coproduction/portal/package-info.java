@NullMarked
package uk.coproduction.portal;

import org.jspecify.annotations.NullMarked;

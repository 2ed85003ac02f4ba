@NullMarked
package uk.coproduction.portal.charter;

import org.jspecify.annotations.NullMarked;

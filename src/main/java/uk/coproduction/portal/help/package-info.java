@NullMarked
package uk.coproduction.portal.help;

import org.jspecify.annotations.NullMarked;

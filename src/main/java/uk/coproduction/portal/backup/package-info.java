@NullMarked
package uk.coproduction.portal.backup;

import org.jspecify.annotations.NullMarked;

@NullMarked
package uk.coproduction.portal.audit;

import org.jspecify.annotations.NullMarked;

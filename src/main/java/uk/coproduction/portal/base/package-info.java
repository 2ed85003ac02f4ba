@NullMarked
package uk.coproduction.portal.base;

import org.jspecify.annotations.NullMarked;

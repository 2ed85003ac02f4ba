@NullMarked
package uk.coproduction.portal.themes;

import org.jspecify.annotations.NullMarked;

@NullMarked
package uk.coproduction.portal.exports;

import org.jspecify.annotations.NullMarked;

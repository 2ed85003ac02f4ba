@NullMarked
package uk.coproduction.portal.operations;

import org.jspecify.annotations.NullMarked;

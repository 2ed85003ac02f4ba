@NullMarked
package uk.coproduction.portal.api;

import org.jspecify.annotations.NullMarked;

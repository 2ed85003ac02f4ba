@NullMarked
package uk.coproduction.portal.security;

import org.jspecify.annotations.NullMarked;

@NullMarked
package uk.coproduction.portal.base.security;

import org.jspecify.annotations.NullMarked;

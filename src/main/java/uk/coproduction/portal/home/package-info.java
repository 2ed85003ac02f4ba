@NullMarked
package uk.coproduction.portal.home;

import org.jspecify.annotations.NullMarked;

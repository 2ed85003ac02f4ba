@NullMarked
package uk.coproduction.portal.campaigns;

import org.jspecify.annotations.NullMarked;

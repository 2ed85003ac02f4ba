@NullMarked
package uk.coproduction.portal.campaigns.ui;

import org.jspecify.annotations.NullMarked;

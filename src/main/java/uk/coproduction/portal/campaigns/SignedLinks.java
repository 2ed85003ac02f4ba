package uk.coproduction.portal.campaigns;

import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The campaign links' signed tokens (decision 0027) for other features' links (a review audience's link, decision
 * 0047): the same unguessable public ids, the same key, the same refusal of anything forged or altered.
 */
@Component
public class SignedLinks {

    private final CampaignSigningKey signingKey;

    SignedLinks(CampaignSigningKey signingKey) {
        this.signingKey = signingKey;
    }

    /** A new unguessable public id (128 random bits, 22 URL-safe characters). */
    public String newPublicId() {
        return CampaignToken.newPublicId();
    }

    /** The token for a link: the public id, a dot and its signature. */
    public String token(String publicId) {
        return CampaignToken.sign(publicId, signingKey.key());
    }

    /** The public id a token carries when its signature is right; empty for anything forged, altered or malformed. */
    public Optional<String> publicId(String token) {
        return CampaignToken.verify(token, signingKey.key());
    }
}

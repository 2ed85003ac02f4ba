package uk.coproduction.portal.campaigns;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A campaign link as a QR code (ZXing), for posters, slides and handouts: PNG for documents and SVG for print at any
 * size. Error correction level M survives a crease or a smudge; the quiet zone is the 4 modules the standard asks for.
 */
public final class CampaignQrCode {

    private static final int QUIET_ZONE = 4;
    /** Pixels per module in the PNG: about 6 cm wide at 300 dpi for a typical link. */
    private static final int PNG_SCALE = 12;

    private final BitMatrix modules;

    private CampaignQrCode(BitMatrix modules) {
        this.modules = modules;
    }

    public static CampaignQrCode of(String link) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            link,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    QUIET_ZONE,
                                    EncodeHintType.CHARACTER_SET,
                                    StandardCharsets.UTF_8.name()));
            return new CampaignQrCode(matrix);
        } catch (WriterException e) {
            throw new IllegalArgumentException("A link too long for a QR code", e);
        }
    }

    public byte[] png() {
        int size = modules.getWidth() * PNG_SCALE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D pen = image.createGraphics();
        try {
            pen.setColor(Color.WHITE);
            pen.fillRect(0, 0, size, size);
            pen.setColor(Color.BLACK);
            for (int y = 0; y < modules.getHeight(); y++) {
                for (int x = 0; x < modules.getWidth(); x++) {
                    if (modules.get(x, y)) {
                        pen.fillRect(x * PNG_SCALE, y * PNG_SCALE, PNG_SCALE, PNG_SCALE);
                    }
                }
            }
        } finally {
            pen.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One path of unit squares on a white background; {@code title} is its accessible name. */
    public String svg(String title) {
        int size = modules.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (modules.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" shape-rendering="crispEdges" role="img" \
                aria-labelledby="qr-title"><title id="qr-title">%s</title>\
                <rect width="%d" height="%d" fill="#ffffff"/><path fill="#000000" d="%s"/></svg>
                """.formatted(size, size, escape(title), size, size, path).strip();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}

package uk.coproduction.portal.campaigns;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The QR codes printed on posters and slides read back as the very link they were made for, PNG and SVG alike. */
class CampaignQrCodeTest {

    private static final String LINK = "https://feedback.example.org.uk/campaign/"
            + "AbCdEfGhIjKlMnOpQrStUv.0123456789abcdefghijklmnopqrstuvwxyzABCDEFG";

    @Test
    void thePngReadsBackAsTheLink() throws Exception {
        BufferedImage image =
                ImageIO.read(new ByteArrayInputStream(CampaignQrCode.of(LINK).png()));

        assertThat(image.getWidth()).isEqualTo(image.getHeight()).isGreaterThan(300);
        assertThat(read(image)).isEqualTo(LINK);
    }

    @Test
    void theSvgReadsBackAsTheLinkAndHasAnAccessibleName() throws Exception {
        String svg = CampaignQrCode.of(LINK).svg("QR code for the link to <Year 9> & friends");

        assertThat(svg)
                .contains(
                        "role=\"img\"",
                        "aria-labelledby=\"qr-title\"",
                        "<title id=\"qr-title\">QR code for the link to &lt;Year 9&gt; &amp; friends</title>");
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int modules = Integer.parseInt(box.group(1));
        int scale = 8;
        BufferedImage drawn = new BufferedImage(modules * scale, modules * scale, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < drawn.getHeight(); y++) {
            for (int x = 0; x < drawn.getWidth(); x++) {
                drawn.setRGB(x, y, 0xFFFFFF);
            }
        }
        Matcher square = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        int dark = 0;
        while (square.find()) {
            dark++;
            int mx = Integer.parseInt(square.group(1));
            int my = Integer.parseInt(square.group(2));
            for (int y = my * scale; y < (my + 1) * scale; y++) {
                for (int x = mx * scale; x < (mx + 1) * scale; x++) {
                    drawn.setRGB(x, y, 0x000000);
                }
            }
        }
        assertThat(dark).isPositive();
        assertThat(read(drawn)).isEqualTo(LINK);
    }

    private static String read(BufferedImage image) throws NotFoundException, IOException {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        try {
            return new QRCodeReader()
                    .decode(new BinaryBitmap(
                            new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
                    .getText();
        } catch (ChecksumException | FormatException e) {
            throw new IOException("Not a readable QR code", e);
        }
    }
}

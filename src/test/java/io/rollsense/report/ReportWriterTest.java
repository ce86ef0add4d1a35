package io.rollsense.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.cli.Main;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ReportWriterTest {
    @TempDir
    Path lib;

    @Test
    void reportRendersValidHtmlWithDecodablePngs() throws Exception {
        for (int d = 0; d < 3; d++) {
            Path f = io.rollsense.session.SampleSessions.copy(lib, "s" + d, d * 2, false);
            Files.writeString(f, Files.readString(f).replace("\"painAfter\":4", "\"painAfter\":" + (5 - d)));
        }
        Path out = Path.of("target", "report-sample");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new String[] {"report", "s2", "--data-dir", lib.toString(), "--out", out.toString()},
                new PrintWriter(o, true), new PrintWriter(e, true));
        assertEquals(0, code, e.toString());
        Path index = out.resolve("index.html");
        assertTrue(o.toString().contains("wrote " + index), o.toString());

        // Well-formed (parsed strictly as XML) with the expected parts.
        var f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        Document doc = f.newDocumentBuilder().parse(index.toFile());
        assertEquals("html", doc.getDocumentElement().getTagName());
        String text = doc.getDocumentElement().getTextContent();
        assertTrue(text.contains("RollSense session s2"), "title");
        assertTrue(text.contains("Strokes4"), "summary table: " + text);
        assertTrue(text.contains("spine0:04.91.3 s33.3 kPa"), "alert table row: " + text);
        assertTrue(text.contains("3 sessions"), "trend line");
        for (String file : new String[] {"timeline.png", "heatmap.png", "cadence.png", "trend.png"}) {
            assertNotNull(ImageIO.read(out.resolve(file).toFile()), file + " written beside the HTML and decodes");
        }
        NodeList imgs = doc.getElementsByTagName("img");
        assertEquals(4, imgs.getLength());
        for (int i = 0; i < imgs.getLength(); i++) {
            String src = imgs.item(i).getAttributes().getNamedItem("src").getNodeValue();
            String prefix = "data:image/png;base64,";
            assertTrue(src.startsWith(prefix), "chart inline in the HTML: " + src.substring(0, Math.min(40, src.length())));
            byte[] png = java.util.Base64.getDecoder().decode(src.substring(prefix.length()));
            BufferedImage img = ImageIO.read(new java.io.ByteArrayInputStream(png));
            assertNotNull(img, "chart " + i + " decodes");
            assertEquals(ReportWriter.WIDTH, img.getWidth());
            assertTrue(distinctColours(img) > 20, "chart " + i + " has content");
        }
    }

    private static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> c = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                c.add(img.getRGB(x, y));
            }
        }
        return c.size();
    }
}

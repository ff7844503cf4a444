package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextHeaderTest {

    @Test
    void theUrlLineIsTheAddressNotTheTextAndTheAddressDatesAnUndatedText() {
        DocumentState doc = new DocumentState();
        TextHeader.read(doc, "\uFEFFURL: https://news.example/2019/03/18/council-rated-good\n\n\nCouncil rated good\n\n"
                + "Ofsted rated the council good.", null);
        assertEquals("https://news.example/2019/03/18/council-rated-good", doc.url);
        assertFalse(doc.text.contains("URL:"));
        assertEquals(LocalDate.of(2019, 3, 18), doc.published);
        assertEquals(2019, doc.pubYear);
        assertEquals("Council rated good", doc.title);
    }

    @Test
    void anAddressWithAnImpossibleDayGivesOnlyItsYear() {
        DocumentState doc = new DocumentState();
        TextHeader.read(doc, "URL: https://news.example/2019/02/30/council-rated-good\n\nCouncil rated good", null);
        assertNull(doc.published);
        assertEquals(2019, doc.pubYear);
    }
}

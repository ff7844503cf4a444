package watch.safeguarding.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import watch.safeguarding.catalog.service.JudgementIdentity;

class JudgementIdentityTest {

    @Test
    void aJudgementsIdDependsOnlyOnWhatItIs() {
        String id = JudgementIdentity.judgementId("E06000001", "overall", "inadequate", null, 2026);
        assertEquals(id, JudgementIdentity.judgementId("E06000001", "overall", "inadequate", null, 2026));
        assertNotEquals(id, JudgementIdentity.judgementId("E06000001", "overall", "good", null, 2026));
        assertNotEquals(id, JudgementIdentity.judgementId("E06000001", "leadership", "inadequate", null, 2026));
        assertNotEquals(id, JudgementIdentity.judgementId("E06000002", "overall", "inadequate", null, 2026));
        assertNotEquals(id, JudgementIdentity.judgementId("E06000001", "overall", "inadequate", null, 2025));
        assertNotEquals(id, JudgementIdentity.judgementId("E06000001", "overall", "inadequate", LocalDate.of(2026, 3, 2), 2026),
                "an official inspection date tells two inspections of one year apart");
    }

    @Test
    void anAnnouncementIsOneCouncilAndOneReport() {
        String group = JudgementIdentity.groupId("E06000001", "report-1");
        assertEquals(group, JudgementIdentity.groupId("E06000001", "report-1"));
        assertNotEquals(group, JudgementIdentity.groupId("E06000002", "report-1"));
        assertNotEquals(group, JudgementIdentity.groupId("E06000001", "report-2"));
    }
}

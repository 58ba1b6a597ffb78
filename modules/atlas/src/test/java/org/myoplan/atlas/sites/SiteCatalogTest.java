package org.myoplan.atlas.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.sites.SuggestedSite.Status;

/** The suggested-sites table: the shipped file whole, and each kind of bad input named with file, line, field. */
class SiteCatalogTest {

    private static final Set<String> MUSCLES = Atlas.loadDefault().muscles().stream().map(Muscle::id)
            .collect(Collectors.toSet());
    private static final String HEADER = String.join(",", SiteFile.COLUMNS) + "\n";
    private static final String GOOD = "biceps_brachii,motor point,coracoid_process,lateral_epicondyle_humerus,"
            + "0.438,\"2 cm medial, on the belly\",13.0,supine,,\"Kim 2004, abstract\",published\n";

    @Test
    void theShippedTableReadsWhole() {
        SiteCatalog catalog = SiteCatalog.shipped(FakeLandmarks.TABLE_IDS, MUSCLES);
        assertEquals(96, catalog.sites().size());
        assertEquals(45, catalog.muscleIds().size());
        Map<Status, Long> byStatus = catalog.sites().stream()
                .collect(Collectors.groupingBy(SuggestedSite::status, Collectors.counting()));
        assertEquals(Map.of(Status.PUBLISHED, 86L, Status.SECONDARY, 6L, Status.UNCONFIRMED, 4L), byStatus);
    }

    @Test
    void rowsKeepTheirSourceAndTheFileLine() {
        SiteCatalog catalog = SiteCatalog.shipped(FakeLandmarks.TABLE_IDS, MUSCLES);
        SuggestedSite first = catalog.sitesOf("pectoralis_major").get(0);
        assertEquals(2, first.line());
        assertEquals("anterior_axillary_fold", first.landmarkA());
        assertEquals("suprasternal_notch", first.landmarkB());
        assertEquals(0.33, first.fraction().orElseThrow().from());
        assertEquals(Status.SECONDARY, first.status());
        assertTrue(first.source().startsWith("entokey.com/upper-arm"));
        // a row whose fields hold quoted commas stays one row
        assertTrue(first.position().startsWith("supine or sitting, shoulder abducted"));
        assertEquals(97, catalog.sites().get(95).line());
    }

    @Test
    void zonesPointsAndDescriptionsOnly() {
        SiteCatalog catalog = SiteCatalog.shipped(FakeLandmarks.TABLE_IDS, MUSCLES);
        Fraction zone = catalog.sitesOf("latissimus_dorsi").get(0).fraction().orElseThrow();
        assertTrue(zone.isZone());
        assertEquals(0.4, zone.from());
        assertEquals(0.6, zone.to());
        assertEquals(0.5, zone.middle(), 1e-12);
        assertEquals("40\u201360%", zone.percentText());
        assertFalse(catalog.sitesOf("pectoralis_major").get(2).fraction().isPresent());
        assertEquals("43.8%", read(GOOD).sites().get(0).fraction().orElseThrow().percentText());
    }

    @Test
    void nerveBlockTargetsAreTheRowsThatSaySo() {
        SiteCatalog catalog = SiteCatalog.shipped(FakeLandmarks.TABLE_IDS, MUSCLES);
        Map<String, Long> blocks = catalog.sites().stream().filter(SuggestedSite::nerveBlockTarget)
                .collect(Collectors.groupingBy(SuggestedSite::muscleId, Collectors.counting()));
        assertEquals(Map.of("extensor_carpi_radialis", 1L, "rectus_femoris", 2L, "gastrocnemius_medial", 1L,
                "gastrocnemius_lateral", 1L, "soleus", 1L), blocks);
    }

    @Test
    void aMuscleWithoutRowsHasNoSite() {
        SiteCatalog catalog = SiteCatalog.shipped(FakeLandmarks.TABLE_IDS, MUSCLES);
        assertTrue(catalog.sitesOf("vastus_lateralis").isEmpty());
        assertTrue(catalog.sitesOf("no_such_muscle").isEmpty());
    }

    @Test
    void eachRowSaysItsMeasureInWords() {
        SiteCatalog catalog = SiteCatalog.shipped(FakeLandmarks.TABLE_IDS, MUSCLES);
        FakeLandmarks names = new FakeLandmarks(FakeLandmarks.TABLE_IDS);
        assertEquals("43.8% of the way from the coracoid process to the lateral epicondyle humerus",
                read(GOOD).sites().get(0).lineText(names));
        assertEquals("40\u201360% of the way from the humerus surgical neck medial to the line from the T5 spinous "
                + "process to the middle of the iliac crest",
                catalog.sitesOf("latissimus_dorsi").get(0).lineText(names));
        assertEquals("from the ulnar styloid", catalog.sitesOf("pronator_quadratus").get(0).lineText(names));
        assertEquals("41.6% of a line the source does not name",
                catalog.sitesOf("flexor_digitorum_superficialis").get(0).lineText(names));
        assertEquals("", catalog.sitesOf("pectoralis_major").get(2).lineText(names));
        assertEquals("measured against the line from the asis to the umbilicus",
                catalog.sitesOf("iliacus").stream().filter(s -> s.fraction().isEmpty() && !s.landmarkB().isEmpty())
                        .findFirst().orElseThrow()
                        .lineText(names));
    }

    @Test
    void aGoodRowReadsWithItsQuotedFields() {
        SuggestedSite site = read(GOOD).sites().get(0);
        assertEquals("2 cm medial, on the belly", site.offset());
        assertEquals("13.0", site.depthMm());
        assertEquals("Kim 2004, abstract", site.source());
        assertEquals(2, site.line());
    }

    @Test
    void badInputIsNamedWithFileLineAndField() {
        Function<String, String> bad = row -> assertThrows(SiteFileException.class,
                () -> read(GOOD + row)).getMessage();
        assertEquals("sites.csv, line 3, status: unknown status 'draft' (published, secondary or unconfirmed)",
                bad.apply(GOOD.replace("published", "draft")));
        assertEquals("sites.csv, line 3, fraction_from_a: 'about half' is neither a number nor a range such as "
                + "0.30-0.60", bad.apply(GOOD.replace("0.438", "about half")));
        assertEquals("sites.csv, line 3, fraction_from_a: '1.20' lies outside 0..1",
                bad.apply(GOOD.replace("0.438", "1.20")));
        assertEquals("sites.csv, line 3, fraction_from_a: the range '0.60-0.30' has its ends reversed",
                bad.apply(GOOD.replace("0.438", "0.60-0.30")));
        assertEquals("sites.csv, line 3, landmark_b: unknown landmark 'lateral_epicondyle'",
                bad.apply(GOOD.replace("lateral_epicondyle_humerus", "lateral_epicondyle")));
        assertEquals("sites.csv, line 3, muscle_id: unknown muscle 'biceps'",
                bad.apply(GOOD.replace("biceps_brachii", "biceps")));
        assertEquals("sites.csv, line 3, depth_mm: '13 mm' is neither a number nor a range such as 0.30-0.60",
                bad.apply(GOOD.replace("13.0", "13 mm")));
        assertEquals("sites.csv, line 3, source: is empty", bad.apply(GOOD.replace("\"Kim 2004, abstract\"", "")));
        assertEquals("sites.csv, line 3, landmark_a: is empty but landmark_b is not: landmark_a is the line's 0% end",
                bad.apply(GOOD.replace("coracoid_process", "")));
    }

    @Test
    void anUnknownOrMissingColumnIsNamed() {
        String extra = HEADER.replace("status", "status,grade");
        assertEquals("sites.csv, line 1: unknown column 'grade'", assertThrows(SiteFileException.class,
                () -> SiteCatalog.read(new StringReader(extra + GOOD.strip() + ",A\n"), "sites.csv",
                        FakeLandmarks.TABLE_IDS, MUSCLES)).getMessage());
        String missing = HEADER.replace(",avoid", "");
        assertEquals("sites.csv, line 1: the column 'avoid' is missing", assertThrows(SiteFileException.class,
                () -> SiteCatalog.read(new StringReader(missing + GOOD.replace(",,", ",")), "sites.csv",
                        FakeLandmarks.TABLE_IDS, MUSCLES)).getMessage());
    }

    @Test
    void aBrokenRowIsNamedWithItsLine() {
        String message = assertThrows(SiteFileException.class, () -> read(GOOD + GOOD.strip() + ",extra\n"))
                .getMessage();
        assertTrue(message.startsWith("sites.csv, line 3: not a readable table"), message);
    }

    @Test
    void theLatissimusLineNeedsBothItsLandmarks() {
        String row = GOOD.replace("lateral_epicondyle_humerus", "t5_spinous_to_mid_iliac_crest_line");
        assertEquals(1, read(row).sites().size());
        Set<String> without = FakeLandmarks.TABLE_IDS.stream().filter(id -> !id.equals("iliac_crest_midpoint"))
                .collect(Collectors.toSet());
        assertThrows(SiteFileException.class, () -> SiteCatalog.read(new StringReader(HEADER + row), "sites.csv",
                without, MUSCLES));
    }

    private static SiteCatalog read(String rows) {
        return SiteCatalog.read(new StringReader(HEADER + rows), "sites.csv", FakeLandmarks.TABLE_IDS, MUSCLES);
    }
}

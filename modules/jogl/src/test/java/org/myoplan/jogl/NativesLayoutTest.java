package org.myoplan.jogl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jogamp.common.util.VersionUtil;
import com.jogamp.opengl.JoglVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The natives that the module ships, checked where nbmResources takes them from. NetBeans' module
 * class loader looks for modules/lib/<os.arch>/<System.mapLibraryName(name)>; this checks that each
 * supported platform finds every library the AWT (GLJPanel) path loads.
 */
class NativesLayoutTest {

    private static final Path NATIVES = Path.of("target/jogl-natives/natives");

    @ParameterizedTest(name = "{0} natives: {1}")
    @CsvSource({
        "linux-amd64,      libgluegen_rt.so libjogl_desktop.so libnativewindow_awt.so libnativewindow_x11.so",
        "linux-aarch64,    libgluegen_rt.so libjogl_desktop.so libnativewindow_awt.so libnativewindow_x11.so",
        "windows-amd64,    gluegen_rt.dll jogl_desktop.dll nativewindow_awt.dll nativewindow_win32.dll",
        "macosx-universal, libgluegen_rt.dylib libjogl_desktop.dylib libnativewindow_awt.dylib "
            + "libnativewindow_macosx.dylib"
    })
    void everyPlatformHasTheLibrariesOfTheAwtPath(String platform, String libraries) {
        for (String library : libraries.trim().split(" ")) {
            Path file = NATIVES.resolve(platform).resolve(library);
            assertTrue(Files.isRegularFile(file), "missing " + file);
        }
    }

    @Test
    void newtIsNotShipped() throws Exception {
        try (var files = Files.walk(NATIVES)) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().contains("newt")).count(),
                    "NEWT freezes inside the NetBeans window system and is left out");
        }
    }

    @Test
    void glueGenAndJoglAreTheSameRelease() {
        String gluegen = VersionUtil.getManifest(NativesLayoutTest.class.getClassLoader(), "com.jogamp.common")
                .getMainAttributes().getValue("Implementation-Version");
        String jogl = JoglVersion.getInstance().getImplementationVersion();
        assertEquals("2.6.0", gluegen);
        assertEquals(gluegen, jogl, "mixed GlueGen and JOGL versions fail at run time (NoSuchFieldError)");
    }
}

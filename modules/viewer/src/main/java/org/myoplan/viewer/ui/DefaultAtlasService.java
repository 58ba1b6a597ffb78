package org.myoplan.viewer.ui;

import java.awt.EventQueue;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.Preferences;
import javax.swing.event.ChangeListener;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.store.AtlasStore;
import org.myoplan.viewer.api.AtlasService;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.modules.Places;
import org.openide.util.ChangeSupport;
import org.openide.util.NbBundle.Messages;
import org.openide.util.NbPreferences;
import org.openide.util.lookup.ServiceProvider;

/**
 * The application's atlas: at start-up the imported atlas kept in the user directory, else the built-in
 * one; then whatever the Tools > Anatomy Atlas actions choose. Reading the kept atlas starts in the
 * background as the module system starts ({@link AtlasStartup}); a window that needs the atlas before it
 * is read waits a little, then shows the built-in one and follows when the kept one arrives.
 */
@ServiceProvider(service = AtlasService.class)
@Messages({
    "TITLE_AtlasDamaged=Anatomy Atlas Not Read",
    "# {0} - file", "# {1} - reason", "# {2} - where the file is now",
    "MSG_AtlasDamaged=The imported anatomy atlas kept in {0} could not be read ({1}).\n\n"
            + "Myoplan shows its built-in atlas instead. The file is kept as {2};\n"
            + "import the atlas again with Tools > Anatomy Atlas."
})
public final class DefaultAtlasService implements AtlasService {

    /** Preference: the user chose the built-in atlas, although an imported one is kept. */
    static final String USE_BUILT_IN = "atlas.useBuiltIn";
    /**
     * How long a window asking for the atlas at start-up waits for the kept one: reading it should take
     * well under a second, and showing the built-in one first would cost a second scene build.
     */
    private static final long STARTUP_WAIT_MS = 1500;
    private static final Logger LOG = Logger.getLogger(DefaultAtlasService.class.getName());

    private final ChangeSupport changes = new ChangeSupport(this);
    private final CompletableFuture<Atlas> startup = new CompletableFuture<>();
    private final Object lock = new Object();
    private volatile Atlas current;
    private Atlas builtIn;
    private boolean started;

    /** The application's own service, for this module's actions. */
    static DefaultAtlasService get() {
        return (DefaultAtlasService) AtlasService.getDefault();
    }

    @Override
    public Atlas current() {
        Atlas now = current;
        if (now != null) {
            return now;
        }
        Atlas first = awaitStartup();
        synchronized (lock) {
            if (current == null) {
                current = first;
                AboutCredit.show(first);
            }
            return current;
        }
    }

    @Override
    public void use(Atlas atlas) {
        synchronized (lock) {
            if (atlas == current) {
                return;
            }
            current = atlas;
        }
        AboutCredit.show(atlas);
        if (EventQueue.isDispatchThread()) {
            changes.fireChange();
        } else {
            EventQueue.invokeLater(changes::fireChange);
        }
    }

    @Override
    public List<Atlas> known() {
        List<Atlas> atlases = new ArrayList<>();
        atlases.add(current());
        atlases.add(builtIn());
        kept().read().atlas().ifPresent(atlases::add);
        return atlases;
    }

    @Override
    public Atlas builtIn() {
        synchronized (lock) {
            if (builtIn == null) {
                builtIn = Atlas.loadDefault();
            }
            return builtIn;
        }
    }

    /** Goes back to the built-in atlas, now and at the next starts; the imported one stays kept. */
    void useBuiltIn() {
        preferences().putBoolean(USE_BUILT_IN, true);
        use(builtIn());
    }

    /** Keeps an imported atlas for the next starts (and uses it then). */
    void keep(Atlas atlas) throws IOException {
        kept().write(atlas);
        preferences().putBoolean(USE_BUILT_IN, false);
    }

    /**
     * Reads the atlas to start with (the kept import, unless the user chose the built-in one); runs once,
     * off the event thread. A damaged kept file is moved aside and the user told.
     */
    void start() {
        synchronized (lock) {
            if (started) {
                return;
            }
            started = true;
        }
        Atlas first;
        try {
            first = startingAtlas();
        } catch (RuntimeException | Error e) {
            startup.completeExceptionally(e);
            throw e;
        }
        startup.complete(first);
        Atlas shown = current;
        if (shown != null && shown != first) {
            use(first); // a window did not wait for it: it showed the built-in atlas and now follows
        }
    }

    private Atlas startingAtlas() {
        KeptAtlas kept = kept();
        if (preferences().getBoolean(USE_BUILT_IN, false) || !kept.exists()) {
            return builtIn();
        }
        KeptAtlas.Reading reading = kept.read();
        reading.damage().ifPresent(DefaultAtlasService::tellDamaged);
        return reading.atlas().orElseGet(this::builtIn);
    }

    private Atlas awaitStartup() {
        boolean startHere;
        synchronized (lock) {
            startHere = !started;
        }
        if (startHere) {
            start(); // without the module system's start-up (tests), whoever asks first reads it
        }
        try {
            return startup.get(STARTUP_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return builtIn();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return builtIn();
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "The atlas to start with could not be read; the built-in atlas is shown",
                    e.getCause());
            return builtIn();
        }
    }

    private static void tellDamaged(KeptAtlas.Damage damage) {
        LOG.log(Level.INFO, "The kept atlas {0} could not be read ({1}); moved to {2}",
                new Object[] {damage.file(), damage.reason(), damage.movedTo()});
        DialogDisplayer.getDefault().notifyLater(new NotifyDescriptor.Message(Bundle.MSG_AtlasDamaged(damage.file(),
                damage.reason(), damage.movedTo()), NotifyDescriptor.WARNING_MESSAGE));
    }

    /** The kept atlas in the user directory; without one (plain unit tests) nothing is kept. */
    private static KeptAtlas kept() {
        File userDir = Places.getUserDirectory();
        return new KeptAtlas(userDir == null ? null : AtlasStore.fileIn(userDir.toPath()));
    }

    private static Preferences preferences() {
        return NbPreferences.forModule(DefaultAtlasService.class);
    }

    @Override
    public void addChangeListener(ChangeListener listener) {
        changes.addChangeListener(listener);
    }

    @Override
    public void removeChangeListener(ChangeListener listener) {
        changes.removeChangeListener(listener);
    }
}

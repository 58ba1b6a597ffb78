package org.myoplan.planning.ui;

import java.awt.Component;
import java.util.function.Function;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;
import javax.swing.ListCellRenderer;

/** List cells that show a value in the clinic's words rather than its enum name. */
final class Renderers {

    private Renderers() {
    }

    static <T> ListCellRenderer<Object> of(Function<T, String> text) {
        return new DefaultListCellRenderer() {
            @Override
            @SuppressWarnings("unchecked")
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                    boolean focus) {
                return super.getListCellRendererComponent(list, value == null ? "" : text.apply((T) value), index,
                        selected, focus);
            }
        };
    }
}

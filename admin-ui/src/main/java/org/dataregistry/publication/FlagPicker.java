package org.dataregistry.publication;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;

/** Picks a country flag by file name (e.g. {@code pt.svg}), showing each flag next to its name. */
class FlagPicker extends ComboBox<String> {

    private final FlagImage chosen = new FlagImage(null);

    FlagPicker(String label, List<String> fileNames) {
        super(label, fileNames);
        setClearButtonVisible(true);
        setRenderer(LitRenderer.<String>of("""
                        <img src="${item.src}" alt="" style="height: 0.9em; margin-inline-end: 0.5em">${item.name}""")
                .withProperty("src", CountryFlags::url)
                .withProperty("name", fileName -> fileName));
        setPrefixComponent(chosen);
        addValueChangeListener(event -> chosen.show(event.getValue()));
    }
}

package org.dataregistry.itemlist;

import java.util.List;
import org.dataregistry.audit.Audited;

/**
 * What an {@link ItemListView} needs from its feature's facade: the items to list, a fresh copy of one to edit, and a
 * new one to add. The facade checks the caller's role as for any of its methods.
 *
 * @param <T> the kind of item, e.g. a data license
 */
public interface ItemStore<T extends Audited> {

    /** Every item to list, in the order the grid shows them. */
    List<T> all();

    /** A fresh copy of the item with this id, to edit (someone may have changed it since it was listed). */
    T get(long id);

    /** A new, unsaved item holding the values the form starts from. */
    T newItem();
}

package care.smd.kernel.common;

/**
 * Marks the records that are stored as events. Their JSON shape is history: a golden-file
 * test pins every implementor, and a new shape needs an upcaster.
 */
public interface DomainEvent {

}

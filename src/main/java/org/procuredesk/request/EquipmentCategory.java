package org.procuredesk.request;

/** What an application may ask for: the equipment, upgrades and consumables IT supplies. */
public enum EquipmentCategory {
    PC, LAPTOP, MONITOR, PRINTER, MULTIFUNCTION_DEVICE, PRINT_SERVER, FAX, PHONE, SCANNER, COPIER, PROJECTOR,
    SHREDDER, RADIO_TERMINAL, UPS, KEYBOARD, MOUSE, SERVER, NETWORK_EQUIPMENT, SOFTWARE, REMOVABLE_MEDIA,
    RAM, HARD_DISK, MOTHERBOARD, PROCESSOR, NETWORK_CARD, VIDEO_CARD, SOUND_CARD, POWER_SUPPLY, UPS_BATTERY,
    DRIVE, TONER, CARTRIDGE, DRUM, PAPER;

    /** Supplies used up in use: counted by quantity, with no serial numbers. */
    public boolean isConsumable() {
        return this == TONER || this == CARTRIDGE || this == DRUM || this == PAPER;
    }

    public String messageKey() {
        return "category." + name();
    }
}

pragma Singleton
import QtQuick

// The few colours Tessera adds to the desktop palette: its teal accent, red for warnings, and the
// light and dark palettes the Theme setting chooses (System keeps the desktop's own).
QtObject {
    readonly property color accent: "#00897b"
    readonly property color textOnAccent: "#ffffff"
    readonly property color danger: "#d32f2f"
}

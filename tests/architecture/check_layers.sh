#!/usr/bin/env bash
# The layout's rules, checked on the sources (docs/ARCHITECTURE.md):
#  1. a core folder includes only itself and the folders added before it in core/CMakeLists.txt;
#  2. core includes nothing of QtGui, QtQml, QtQuick or QtWidgets;
#  3. QML-side code never touches the VaultStore: only qml/app/vault_session.* includes its header or
#     reaches the store, every change is a core/session call;
#  4. no source file is longer than 400 lines;
#  5. feature pages draw with the app's own controls (qml/components): no bare Qt Quick Controls
#     button, switch, field, menu or dialog, and no Unicode glyph standing in for an icon.
# Usage: check_layers.sh SOURCE_DIR      Prints every breach; exit 1 if there is one.
set -u
top=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$top" || exit 2
breaches=0
breach() { echo "breach: $*"; breaches=$((breaches + 1)); }

mapfile -t order < <(sed -n 's/^add_subdirectory(\([a-z]*\))$/\1/p' core/CMakeLists.txt)
[ "${#order[@]}" -ge 10 ] || { echo "could not read the folder order from core/CMakeLists.txt"; exit 2; }
rank() { local i; for i in "${!order[@]}"; do [ "${order[$i]}" = "$1" ] && { echo "$i"; return; }; done; echo -1; }

for folder in "${order[@]}"; do
    own=$(rank "$folder")
    while IFS=: read -r file line target; do
        theirs=$(rank "$target")
        if [ "$theirs" -lt 0 ] || [ "$theirs" -gt "$own" ]; then
            breach "$file:$line: core/$folder includes $target/, which comes after it (or is not core)"
        fi
    done < <(grep -rnoE '^#include "[a-z_]+/' "core/$folder" --include='*.h' --include='*.cpp' |
             sed -E 's/#include "([a-z_]+)\//\1/')
done

while IFS= read -r hit; do
    breach "$hit: core must not use QtGui, QtQml, QtQuick or QtWidgets"
done < <(grep -rnE '#include <(Qt(Gui|Qml|Quick|Widgets)/|Q(Image|Pixmap|Color|Guiapplication|QmlEngine|Window)\b)' core)

store_members='update|modify|modifyLocked|save|rekey|reload|setKeychainSlot|vault|header|sealer|path|write|adoptIfChanged'
store_pattern="vault/vault_store\.h|VaultStore::|session\(\)\s*->\s*store\(\)|m_session\s*->\s*store\(\)|\bstore\s*(\.|->)\s*($store_members)\("
while IFS= read -r hit; do
    breach "$hit: QML-side code changes or reads the vault through a core/session call, not the VaultStore"
done < <(grep -rnE "$store_pattern" qml --include='*.cpp' --include='*.h' | grep -vE '^qml/app/vault_session\.(h|cpp):')

while read -r count file; do
    [ "$file" = total ] && continue
    [ "$count" -gt 400 ] && breach "$file has $count lines; split it by concept before 400"
done < <(git ls-files '*.cpp' '*.h' '*.qml' '*.sh' '*.py' '*.js' 2>/dev/null | xargs -r wc -l)

bare='Button|ToolButton|RoundButton|Switch|CheckBox|RadioButton|Dialog|Menu|MenuItem|TextField|TextArea|ComboBox|SpinBox|TabBar|TabButton|ToolBar'
while IFS= read -r hit; do
    breach "$hit: a feature page uses the app's control from qml/components, not the bare Qt Quick one"
done < <(grep -rnE "^\s*($bare)\s*\{" qml --include='*.qml' | grep -v '^qml/components/')
# Arrows, stars, gears, ticks, crosses and the like as text: they render differently per font and say
# nothing to a screen reader. An arrow inside a sentence ("Settings → Time") is prose and allowed.
glyphs='[\x{2190}-\x{21FF}\x{2261}\x{22EE}\x{25A0}-\x{27BF}\x{2B00}-\x{2BFF}]'
while IFS= read -r hit; do
    breach "$hit: a glyph stands in for an icon; use an IconButton or an ActionButton's iconName"
done < <(grep -rnP "(text|icon\.name|title)\s*:\s*(qsTr\()?\"\s*$glyphs|$glyphs\s*\"" qml --include='*.qml')

if [ "$breaches" -gt 0 ]; then
    echo "$breaches breach(es) of the layout"
    exit 1
fi
echo "layout rules hold: ${order[*]}"

.pragma library

// Moving with keys between a screen's controls, the same way on every terminal.
// Up/Down (keypad 8/2) go to the next control, passing over the other options of a group (the
// answers of one checklist row) and landing on the group's chosen option; Left/Right (4/6) move
// between the options of a group, or to the neighbouring control where there is no group.
// A list or grid is one stop: it moves its own current item (Qt does that) until its end.

function groupOf(item) {
    return item && item.navGroup !== undefined ? item.navGroup : ""
}

function within(item, scope) {
    for (var p = item; p; p = p.parent) {
        if (p === scope)
            return true
    }
    return false
}

function isTextField(item) {
    return item && item.cursorPosition !== undefined
}

// The first control of a screen (a text field only if there is nothing else): where focus goes
// when a screen opens, so keys work at once and a screen reader announces something useful.
function first(scope) {
    if (!scope)
        return null
    var wanted = scope.initialFocus
    if (wanted && wanted.visible && wanted.enabled && within(wanted, scope))
        return preferChosen(wanted)
    var found = null
    var item = scope.nextItemInFocusChain(true)
    for (var guard = 0; item && guard < 500; ++guard) {
        if (!within(item, scope))
            break
        if (!isTextField(item))
            return preferChosen(item)
        if (!found)
            found = item
        item = item.nextItemInFocusChain(true)
        if (item === scope)
            break
    }
    return found
}

// The members of `item`'s group, in focus order.
function members(item) {
    var group = groupOf(item)
    var start = item
    for (var guard = 0; guard < 100; ++guard) {
        var before = start.nextItemInFocusChain(false)
        if (!before || before === item || groupOf(before) !== group)
            break
        start = before
    }
    var list = [start]
    for (var next = start.nextItemInFocusChain(true); next && next !== start && groupOf(next) === group && list.length < 100;
         next = next.nextItemInFocusChain(true))
        list.push(next)
    return list
}

function preferChosen(item) {
    if (groupOf(item) === "")
        return item
    var all = members(item)
    for (var i = 0; i < all.length; ++i) {
        if (all[i].selected)
            return all[i]
    }
    return all[0]
}

// A list or grid (one stop for Tab; Qt moves its current item with the arrow keys).
function viewOf(item) {
    for (var p = item ? item.parent : null; p; p = p.parent) {
        if (p.currentIndex !== undefined && p.incrementCurrentIndex !== undefined)
            return p
    }
    return null
}

// Next (or previous) control outside the current one's group and outside its list.
function step(current, forward) {
    var group = groupOf(current)
    var next = current.nextItemInFocusChain(forward)
    for (var guard = 0; next && next !== current && guard < 100; ++guard) {
        var sameGroup = group !== "" && groupOf(next) === group
        // Going back from a list's item would land on the list itself, which hands focus
        // straight back to that item.
        if (!sameGroup && !within(current, next))
            break
        next = next.nextItemInFocusChain(forward)
    }
    return next && next !== current ? preferChosen(next) : null
}

function focus(item) {
    if (item)
        item.forceActiveFocus(Qt.TabFocusReason)
    return item !== null
}

// Up/Down. Returns true if focus moved.
function move(current, scope, forward) {
    if (!current || !within(current, scope))
        return false
    var next = step(current, forward)
    if (!next || !within(next, scope))
        return false   // the first or last control of the screen: stay there
    return focus(next)
}

// Left/Right: the other options of a group; without a group, the neighbouring control.
function change(current, scope, forward) {
    if (!current || !within(current, scope))
        return false
    var next = current.nextItemInFocusChain(forward)
    if (!next || !within(next, scope))
        return false
    if (groupOf(current) !== "" && groupOf(next) !== groupOf(current))
        return false
    if (groupOf(current) === "" && viewOf(current) !== null)
        return false   // a list's item: left and right mean nothing there
    return focus(next)
}

function isFlickable(item) {
    return item && item.contentY !== undefined && item.contentItem !== undefined && item.flick !== undefined
}

// Scrolls every list or pane around `item` so that it can be seen (keys do not flick).
function reveal(item) {
    if (!item)
        return
    for (var view = item.parent; view; view = view.parent) {
        if (!isFlickable(view) || view.height <= 0)
            continue
        var pos = item.mapToItem(view.contentItem, 0, 0)
        var margin = Math.min(24, view.height / 10)
        var y = view.contentY
        if (pos.y < y)
            y = pos.y - margin
        else if (pos.y + item.height > y + view.height)
            y = pos.y + item.height - view.height + margin
        var lowest = view.originY
        var highest = view.originY + Math.max(0, view.contentHeight - view.height)
        view.contentY = Math.max(lowest, Math.min(highest, y))
    }
}

// A text to read (a focusable pane): Up/Down turn its pages until its end. True if it scrolled.
function scroll(item, forward) {
    if (!isFlickable(item) || item.currentIndex !== undefined)
        return false
    var lowest = item.originY
    var highest = item.originY + Math.max(0, item.contentHeight - item.height)
    var y = item.contentY + (forward ? 1 : -1) * item.height * 0.8
    y = Math.max(lowest, Math.min(highest, y))
    if (Math.abs(y - item.contentY) < 1)
        return false
    item.contentY = y
    return true
}

// The character a key press types (a letter, digit or sign, Shift allowed), or "" for keys that
// type nothing (arrows, Enter, Ctrl combinations): what a screen that searches as you type, or a
// scanner field, takes from keys pressed anywhere on it.
function typedText(event) {
    var code = event.text.length === 1 ? event.text.charCodeAt(0) : 0
    return code > 32 && code !== 127 && (event.modifiers & ~Qt.ShiftModifier) === 0 ? event.text : ""
}

// Words for values the view-models give as codes, kept in one place so every screen agrees.
.pragma library

// Every function takes the language code so that a binding calling it is re-evaluated when
// the visitor switches language.

function componentName(number, fallback, language) {
    switch (number) {
    case 1: return qsTr("Persyaratan")
    case 2: return qsTr("Sistem, mekanisme, dan prosedur")
    case 3: return qsTr("Jangka waktu penyelesaian")
    case 4: return qsTr("Biaya/tarif")
    case 5: return qsTr("Produk pelayanan")
    case 6: return qsTr("Penanganan pengaduan, saran, dan masukan")
    case 7: return qsTr("Dasar hukum")
    case 8: return qsTr("Sarana, prasarana, dan/atau fasilitas")
    case 9: return qsTr("Kompetensi pelaksana")
    case 10: return qsTr("Pengawasan internal")
    case 11: return qsTr("Jumlah pelaksana")
    case 12: return qsTr("Jaminan pelayanan")
    case 13: return qsTr("Jaminan keamanan dan keselamatan pelayanan")
    case 14: return qsTr("Evaluasi kinerja pelaksana")
    }
    return fallback
}

function duration(value, unit, language) {
    if (value < 0)
        return qsTr("lihat uraian di bawah")
    switch (unit) {
    case "working_days": return qsTr("%n hari kerja", "", value)
    case "calendar_days": return qsTr("%n hari kalender", "", value)
    case "hours": return qsTr("%n jam", "", value)
    case "minutes": return qsTr("%n menit", "", value)
    }
    return String(value)
}

function fee(amount, language) {
    if (amount < 0)
        return qsTr("lihat uraian di bawah")
    if (amount === 0)
        return qsTr("Gratis")
    var grouped = String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, language === "en" ? "," : ".")
    return (language === "en" ? "IDR " : "Rp ") + grouped
}

function waitRange(low, high, language) {
    if (low < 0 && high < 0)
        return ""
    if (low < 0)
        return qsTr("Perkiraan waktu tunggu: hingga %n menit", "", high)
    if (high < 0 || low === high)
        return qsTr("Perkiraan waktu tunggu: sekitar %n menit", "", low)
    return qsTr("Perkiraan waktu tunggu: %1–%2 menit").arg(low).arg(high)
}

function ahead(count, language) {
    if (count < 0)
        return ""
    if (count === 0)
        return qsTr("Tidak ada antrean di depan Anda")
    return qsTr("%n orang di depan Anda", "", count)
}

function priority(key, fallback, language) {
    switch (key) {
    case "lansia": return qsTr("Lanjut usia (60 tahun ke atas)")
    case "disabilitas": return qsTr("Penyandang disabilitas")
    case "ibu_hamil": return qsTr("Ibu hamil")
    case "ibu_balita": return qsTr("Ibu dengan balita")
    }
    return fallback
}

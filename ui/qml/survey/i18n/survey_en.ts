<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Main</name>
    <message>
        <location filename="../Main.qml" line="11"/>
        <source>Survei Kepuasan Masyarakat</source>
        <translation>Public Satisfaction Survey</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="90"/>
        <source>Keluar dari aplikasi survei</source>
        <translation>Quit the survey application</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../MessageScreen.qml" line="21"/>
        <source>Mohon maaf</source>
        <translation>We are sorry</translation>
    </message>
    <message>
        <location filename="../MessageScreen.qml" line="21"/>
        <source>Survei tidak dapat dibuka</source>
        <translation>The survey cannot be opened</translation>
    </message>
    <message>
        <location filename="../MessageScreen.qml" line="34"/>
        <source>Jika Anda memerlukan bantuan, silakan hubungi petugas informasi.</source>
        <translation>If you need help, please ask at the information desk.</translation>
    </message>
    <message>
        <location filename="../MessageScreen.qml" line="41"/>
        <source>Kembali ke awal</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <location filename="../ProfileScreen.qml" line="8"/>
        <source>Tentang Anda</source>
        <translation>About you</translation>
    </message>
    <message>
        <location filename="../ProfileScreen.qml" line="9"/>
        <source>Semua pertanyaan di bawah ini boleh dilewati. Jawaban Anda hanya dipakai untuk statistik.</source>
        <translation>Every question below may be skipped. Your answers are used for statistics only.</translation>
    </message>
    <message>
        <location filename="../ProfileScreen.qml" line="16"/>
        <source>Sebelumnya</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../ProfileScreen.qml" line="25"/>
        <source>Lanjut</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <location filename="../QuestionScreen.qml" line="14"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../QuestionScreen.qml" line="14"/>
        <source>Sebelumnya</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../QuestionScreen.qml" line="22"/>
        <source>Lewati, saya tidak punya pendapat</source>
        <translation>Skip, I have no opinion</translation>
    </message>
    <message>
        <location filename="../QuestionScreen.qml" line="34"/>
        <source>Survei tanpa tiket</source>
        <translation>Survey without a ticket</translation>
    </message>
    <message>
        <location filename="../QuestionScreen.qml" line="35"/>
        <source>Tiket %1 · %2</source>
        <translation>Ticket %1 · %2</translation>
    </message>
    <message>
        <location filename="../QuestionScreen.qml" line="46"/>
        <source>Pertanyaan %1 dari %2</source>
        <translation>Question %1 of %2</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../StartScreen.qml" line="52"/>
        <source>Survei Kepuasan Masyarakat</source>
        <translation>Public Satisfaction Survey</translation>
    </message>
    <message>
        <location filename="../StartScreen.qml" line="58"/>
        <source>Bagaimana pelayanan yang Anda terima hari ini? Penilaian Anda membantu kami menjadi lebih baik.</source>
        <translation>How was the service you received today? Your rating helps us do better.</translation>
    </message>
    <message>
        <location filename="../StartScreen.qml" line="93"/>
        <source>Silakan pindai kode QR pada tiket antrean Anda di pemindai di bawah layar.</source>
        <translation>Please scan the QR code on your queue ticket at the scanner below the screen.</translation>
    </message>
    <message>
        <location filename="../StartScreen.qml" line="114"/>
        <source>Isi survei tanpa tiket</source>
        <translation>Take the survey without a ticket</translation>
    </message>
    <message>
        <location filename="../StartScreen.qml" line="130"/>
        <source>Atau ketik kode survei di bawah kode QR tiket Anda, misalnya A-012-KMPTX:</source>
        <translation>Or type the survey code under your ticket&apos;s QR code, e.g. A-012-KMPTX:</translation>
    </message>
    <message>
        <location filename="../StartScreen.qml" line="161"/>
        <source>Mulai survei</source>
        <translation>Start the survey</translation>
    </message>
</context>
<context>
    <name>SuggestionScreen</name>
    <message>
        <location filename="../SuggestionScreen.qml" line="8"/>
        <source>Saran dan masukan</source>
        <translation>Suggestions and feedback</translation>
    </message>
    <message>
        <location filename="../SuggestionScreen.qml" line="9"/>
        <source>Tuliskan saran Anda untuk perbaikan pelayanan, atau langsung kirim penilaian Anda.</source>
        <translation>Write your suggestions for better service, or send your rating right away.</translation>
    </message>
    <message>
        <location filename="../SuggestionScreen.qml" line="28"/>
        <source>Sebelumnya</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../SuggestionScreen.qml" line="37"/>
        <source>Kirim penilaian</source>
        <translation>Send my rating</translation>
    </message>
    <message>
        <location filename="../SuggestionScreen.qml" line="57"/>
        <source>Saran Anda</source>
        <translation>Your suggestion</translation>
    </message>
    <message>
        <location filename="../SuggestionScreen.qml" line="75"/>
        <source>Ketuk huruf pada papan ketik untuk menulis.</source>
        <translation>Tap the letters on the keyboard to write.</translation>
    </message>
    <message>
        <location filename="../SuggestionScreen.qml" line="83"/>
        <source>%1 dari %2 huruf</source>
        <translation>%1 of %2 characters</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../ThanksScreen.qml" line="26"/>
        <source>Terima kasih!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../ThanksScreen.qml" line="33"/>
        <source>Penilaian Anda telah kami terima dan akan dipakai untuk memperbaiki pelayanan.</source>
        <translation>We have received your rating and will use it to improve our service.</translation>
    </message>
    <message>
        <location filename="../ThanksScreen.qml" line="48"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
</context>
</TS>

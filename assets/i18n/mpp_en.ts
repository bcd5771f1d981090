<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>ChecklistScreen</name>
    <message>
        <source>Periksa kelengkapan berkas Anda</source>
        <translation>Check that your documents are complete</translation>
    </message>
    <message>
        <source>Untuk setiap persyaratan, pilih jawaban Anda. Jawaban dapat diubah kapan saja.</source>
        <translation>Choose your answer for each requirement. You can change answers at any time.</translation>
    </message>
    <message>
        <source>Semua berkas sudah ada</source>
        <translation>I have all the documents</translation>
    </message>
    <message>
        <source>Sisanya sudah ada</source>
        <translation>I have all the others</translation>
    </message>
    <message>
        <source>Lanjut</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>%1 dari %2 sudah dijawab</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message>
        <source>Persyaratan yang belum dijawab akan dianggap &quot;Tidak tahu&quot;.</source>
        <translation>Requirements you have not answered will count as &quot;Not sure&quot;.</translation>
    </message>
    <message>
        <source>Syarat yang harus dipenuhi</source>
        <translation>A condition to meet</translation>
    </message>
    <message>
        <source>Dokumen yang dibawa</source>
        <translation>A document to bring</translation>
    </message>
    <message>
        <source>Ada</source>
        <translation>I have it</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Tidak tahu</source>
        <translation>Not sure</translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <source>Saat ini nomor antrean tidak dapat diambil</source>
        <translation>Queue tickets cannot be taken right now</translation>
    </message>
    <message>
        <source>Lihat persyaratan layanan</source>
        <translation>Look up service requirements</translation>
    </message>
    <message>
        <source>Layanan dibuka kembali:</source>
        <translation>Service opens again:</translation>
    </message>
    <message>
        <source>Anda tetap dapat membaca persyaratan layanan dan memeriksa kelengkapan berkas sekarang.</source>
        <translation>You can still read the service requirements and check your documents now.</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>Kios sedang mengalami gangguan</source>
        <translation>The kiosk has a problem</translation>
    </message>
    <message>
        <source>Nomor antrean belum dapat dibuat</source>
        <translation>Your queue number could not be created yet</translation>
    </message>
    <message>
        <source>Nomor antrean tidak dapat diambil</source>
        <translation>A queue ticket cannot be taken</translation>
    </message>
    <message>
        <source>Mohon maaf, terjadi kesalahan</source>
        <translation>Sorry, something went wrong</translation>
    </message>
    <message>
        <source>Coba lagi</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Kembali ke awal</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <source>Kami sedang mencoba menyambung kembali secara otomatis. Silakan tunggu sebentar, atau hubungi petugas informasi.</source>
        <translation>We are reconnecting automatically. Please wait a moment, or ask at the information desk.</translation>
    </message>
    <message>
        <source>Silakan coba lagi. Jika masih gagal, hubungi petugas informasi.</source>
        <translation>Please try again. If it still fails, ask at the information desk.</translation>
    </message>
    <message>
        <source>Kios akan kembali ke layar awal sebentar lagi. Silakan mulai kembali, atau hubungi petugas informasi bila memerlukan bantuan.</source>
        <translation>The kiosk will return to the start in a moment. Please start again, or ask at the information desk if you need help.</translation>
    </message>
</context>
<context>
    <name>FallbackScreen</name>
    <message>
        <source>Mohon maaf, layar ini sedang tidak dapat ditampilkan.</source>
        <translation>Sorry, this screen cannot be shown right now.</translation>
    </message>
    <message>
        <source>Kios akan kembali ke layar awal. Jika Anda memerlukan bantuan, silakan hubungi petugas informasi.</source>
        <translation>The kiosk will return to the start. If you need help, please ask at the information desk.</translation>
    </message>
    <message>
        <source>Kembali ke awal</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Suara aktif</source>
        <extracomment>Switches spoken guidance on or off (also the keypad&apos;s * key).</extracomment>
        <translation>Voice on</translation>
    </message>
    <message>
        <source>Panduan suara</source>
        <translation>Voice guidance</translation>
    </message>
    <message>
        <source>Teks normal</source>
        <extracomment>Switches the whole screen to larger letters.</extracomment>
        <translation>Normal text</translation>
    </message>
    <message>
        <source>Teks besar</source>
        <translation>Large text</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Apakah Anda masih di sini?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <source>Demi privasi Anda, layar akan kembali ke awal dalam %n detik dan semua jawaban dihapus.</source>
        <translation>
            <numerusform>For your privacy, the screen returns to the start in %n second and all answers are deleted.</numerusform>
            <numerusform>For your privacy, the screen returns to the start in %n seconds and all answers are deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lanjutkan</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>IssuingScreen</name>
    <message>
        <source>Mohon tunggu, nomor antrean Anda sedang dicetak...</source>
        <translation>Please wait, your queue number is being printed...</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Sistem, mekanisme, dan prosedur</source>
        <translation>System, mechanism and procedure</translation>
    </message>
    <message>
        <source>Jangka waktu penyelesaian</source>
        <translation>Completion time</translation>
    </message>
    <message>
        <source>Biaya/tarif</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Produk pelayanan</source>
        <translation>Service product</translation>
    </message>
    <message>
        <source>Penanganan pengaduan, saran, dan masukan</source>
        <translation>Complaints, suggestions and feedback</translation>
    </message>
    <message>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Sarana, prasarana, dan/atau fasilitas</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>Kompetensi pelaksana</source>
        <translation>Staff competence</translation>
    </message>
    <message>
        <source>Pengawasan internal</source>
        <translation>Internal supervision</translation>
    </message>
    <message>
        <source>Jumlah pelaksana</source>
        <translation>Number of staff</translation>
    </message>
    <message>
        <source>Jaminan pelayanan</source>
        <translation>Service guarantee</translation>
    </message>
    <message>
        <source>Jaminan keamanan dan keselamatan pelayanan</source>
        <translation>Safety and security guarantee</translation>
    </message>
    <message>
        <source>Evaluasi kinerja pelaksana</source>
        <translation>Staff performance evaluation</translation>
    </message>
    <message>
        <source>lihat uraian di bawah</source>
        <translation>see the details below</translation>
    </message>
    <message numerus="yes">
        <source>%n hari kerja</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hari kalender</source>
        <translation>
            <numerusform>%n calendar day</numerusform>
            <numerusform>%n calendar days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jam</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n menit</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Gratis</source>
        <translation>Free of charge</translation>
    </message>
    <message numerus="yes">
        <source>Perkiraan waktu tunggu: hingga %n menit</source>
        <translation>
            <numerusform>Estimated wait: up to %n minute</numerusform>
            <numerusform>Estimated wait: up to %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Perkiraan waktu tunggu: sekitar %n menit</source>
        <translation>
            <numerusform>Estimated wait: about %n minute</numerusform>
            <numerusform>Estimated wait: about %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Perkiraan waktu tunggu: %1–%2 menit</source>
        <translation>Estimated wait: %1–%2 minutes</translation>
    </message>
    <message>
        <source>Tidak ada antrean di depan Anda</source>
        <translation>Nobody is ahead of you</translation>
    </message>
    <message numerus="yes">
        <source>%n orang di depan Anda</source>
        <translation>
            <numerusform>%n person ahead of you</numerusform>
            <numerusform>%n people ahead of you</numerusform>
        </translation>
    </message>
    <message>
        <source>Lanjut usia (60 tahun ke atas)</source>
        <translation>Older person (60 or over)</translation>
    </message>
    <message>
        <source>Penyandang disabilitas</source>
        <translation>Person with a disability</translation>
    </message>
    <message>
        <source>Ibu hamil</source>
        <translation>Pregnant woman</translation>
    </message>
    <message>
        <source>Ibu dengan balita</source>
        <translation>Mother with a child under five</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Kios Antrean MPP</source>
        <translation>MPP Queue Kiosk</translation>
    </message>
    <message>
        <source>Keluar dari aplikasi kios</source>
        <translation>Quit the kiosk application</translation>
    </message>
    <message>
        <source>Survei Kepuasan Masyarakat</source>
        <translation>Public Satisfaction Survey</translation>
    </message>
    <message>
        <source>Keluar dari aplikasi survei</source>
        <translation>Quit the survey application</translation>
    </message>
    <message>
        <source>Keluar dari layar antrean</source>
        <translation>Quit the queue display</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Mohon maaf</source>
        <translation>Sorry</translation>
    </message>
    <message>
        <source>Survei tidak dapat dibuka</source>
        <translation>The survey cannot be opened</translation>
    </message>
    <message>
        <source>Jika Anda memerlukan bantuan, silakan hubungi petugas informasi.</source>
        <translation>If you need help, please ask at the information desk.</translation>
    </message>
    <message>
        <source>Kembali ke awal</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>MoreScreen</name>
    <message>
        <source>Informasi lainnya dari standar pelayanan</source>
        <translation>More information from the service standard</translation>
    </message>
</context>
<context>
    <name>NotAvailable</name>
    <message>
        <source>MPP Kiosk: belum tersedia</source>
        <translation>MPP Kiosk: not available yet</translation>
    </message>
    <message>
        <source>Layar &quot;%1&quot; belum tersedia</source>
        <translation>The &quot;%1&quot; screens are not available yet</translation>
    </message>
    <message>
        <source>Peran terminal ini belum dibuat pada versi program ini. Pilih peran lain dengan --role, atau perbarui program.</source>
        <translation>This terminal role is not part of this version of the program. Choose another role with --role, or update the program.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Spasi</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Hapus semua</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <source>Hapus satu huruf</source>
        <translation>Delete one letter</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Hapus</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PrintProblemScreen</name>
    <message>
        <source>Tiket tidak dapat dicetak, tetapi nomor antrean Anda tetap berlaku</source>
        <translation>Your ticket could not be printed, but your queue number is still valid</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Nomor antrean konsultasi Anda</source>
        <translation>Your consultation queue number</translation>
    </message>
    <message>
        <source>Nomor antrean Anda</source>
        <translation>Your queue number</translation>
    </message>
    <message>
        <source>Nomor Anda sudah tercatat, dan petugas dapat melihat bahwa tiketnya belum tercetak.</source>
        <translation>Your number has been recorded, and the staff can see that its ticket was not printed.</translation>
    </message>
    <message>
        <source>1. Catat atau foto nomor di atas.</source>
        <translation>1. Write down or photograph the number above.</translation>
    </message>
    <message>
        <source>2. Tunjukkan nomor ini kepada petugas informasi.</source>
        <translation>2. Show this number at the information desk.</translation>
    </message>
    <message>
        <source>3. Tunggu nomor Anda dipanggil seperti biasa.</source>
        <translation>3. Wait for your number to be called as usual.</translation>
    </message>
</context>
<context>
    <name>PriorityScreen</name>
    <message>
        <source>Apakah Anda termasuk pengunjung prioritas?</source>
        <translation>Are you a priority visitor?</translation>
    </message>
    <message>
        <source>Pengunjung prioritas dilayani lebih dahulu. Anda tidak perlu menunjukkan bukti di kios ini.</source>
        <translation>Priority visitors are served first. You do not need to show any proof at this kiosk.</translation>
    </message>
    <message>
        <source>Nomor ini untuk informasi dan konsultasi: petugas akan membantu Anda.</source>
        <translation>This number is for information and consultation: an officer will help you.</translation>
    </message>
    <message>
        <source>Nomor ini untuk konsultasi: petugas akan membantu memeriksa berkas Anda.</source>
        <translation>This number is for a consultation: an officer will help you check your documents.</translation>
    </message>
    <message>
        <source>✓ Berkas Anda lengkap. Satu pertanyaan lagi, lalu nomor antrean Anda dicetak.</source>
        <translation>✓ Your documents are complete. One more question, then your queue number is printed.</translation>
    </message>
    <message>
        <source>Tidak, saya pengunjung umum</source>
        <translation>No, I am a regular visitor</translation>
    </message>
    <message>
        <source>Ya, saya termasuk:</source>
        <translation>Yes, I am:</translation>
    </message>
    <message>
        <source>Ya, saya termasuk</source>
        <translation>Yes, I am</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <source>Tentang Anda</source>
        <translation>About you</translation>
    </message>
    <message>
        <source>Semua pertanyaan di bawah ini boleh dilewati. Jawaban Anda hanya dipakai untuk statistik.</source>
        <translation>You may skip any of the questions below. Your answers are used only for statistics.</translation>
    </message>
    <message>
        <source>Sebelumnya</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Lanjut</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sebelumnya</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Lewati, saya tidak punya pendapat</source>
        <translation>Skip, I have no opinion</translation>
    </message>
    <message>
        <source>Survei tanpa tiket</source>
        <translation>Survey without a ticket</translation>
    </message>
    <message>
        <source>Tiket %1 · %2</source>
        <translation>Ticket %1 · %2</translation>
    </message>
    <message>
        <source>Pertanyaan %1 dari %2</source>
        <translation>Question %1 of %2</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Berkas Anda lengkap</source>
        <translation>Your documents are complete</translation>
    </message>
    <message>
        <source>Semua persyaratan sudah Anda miliki. Silakan ambil nomor antrean.</source>
        <translation>You have every requirement. Please take a queue number.</translation>
    </message>
    <message>
        <source>Cetak lagi</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>Ada persyaratan yang belum terpenuhi</source>
        <translation>Some requirements are not met yet</translation>
    </message>
    <message>
        <source>Ada persyaratan yang perlu dipastikan</source>
        <translation>Some requirements need checking</translation>
    </message>
    <message>
        <source>Persyaratan di bawah ini belum terpenuhi. Anda dapat mencetak daftarnya, atau tetap mengambil nomor antrean untuk konsultasi dengan petugas.</source>
        <translation>The requirements below are not met yet. You can print the list, or still take a queue number to consult an officer.</translation>
    </message>
    <message>
        <source>Anda belum yakin tentang persyaratan di bawah ini. Petugas dapat membantu memastikannya.</source>
        <translation>You are not sure about the requirements below. An officer can help you check them.</translation>
    </message>
    <message>
        <source>Belum terpenuhi: %1</source>
        <translation>Not yet met: %1</translation>
    </message>
    <message>
        <source>Perlu dipastikan ke petugas: %1</source>
        <translation>To check with an officer: %1</translation>
    </message>
    <message>
        <source>Cetak daftarnya</source>
        <translation>Print the list</translation>
    </message>
    <message>
        <source>Ambil nomor antrean</source>
        <translation>Take a queue number</translation>
    </message>
    <message>
        <source>Ambil nomor antrean konsultasi</source>
        <translation>Take a consultation queue number</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Daftar persyaratan sedang dicetak...</source>
        <translation>Printing the list...</translation>
    </message>
    <message>
        <source>Daftar persyaratan yang belum terpenuhi sudah dicetak. Silakan ambil kertasnya di bawah layar.</source>
        <translation>The list of requirements not yet met has been printed. Please take the paper below the screen.</translation>
    </message>
    <message>
        <source>Daftar tidak dapat dicetak. Silakan foto layar ini atau catat daftarnya.</source>
        <translation>The list could not be printed. Please take a photo of this screen or write the list down.</translation>
    </message>
    <message numerus="yes">
        <source>Belum terpenuhi (%n)</source>
        <translation>
            <numerusform>Not yet met (%n)</numerusform>
            <numerusform>Not yet met (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Semua %n persyaratan sudah ada.</source>
        <translation>
            <numerusform>The one requirement is there.</numerusform>
            <numerusform>All %n requirements are there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Perlu dipastikan ke petugas (%n)</source>
        <translation>
            <numerusform>To check with an officer (%n)</numerusform>
            <numerusform>To check with an officer (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScrollHint</name>
    <message>
        <source>Gulir ke atas</source>
        <translation>Scroll up</translation>
    </message>
    <message>
        <source>Gulir ke bawah</source>
        <translation>Scroll down</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <source>Cari persyaratan layanan</source>
        <translation>Look up service requirements</translation>
    </message>
    <message>
        <source>Pilih layanan yang Anda perlukan</source>
        <translation>Choose the service you need</translation>
    </message>
    <message>
        <source>Sentuh nama layanan, atau ketik sebagian nama atau kode KBLI.</source>
        <translation>Touch a service, or type part of its name or its KBLI code.</translation>
    </message>
    <message>
        <source>Semua layanan (%1)</source>
        <translation>All services (%1)</translation>
    </message>
    <message>
        <source>Ketik nama layanan atau kode KBLI</source>
        <translation>Type a service name or KBLI code</translation>
    </message>
    <message>
        <source>Pilih instansi tujuan Anda</source>
        <translation>Choose the agency you came for</translation>
    </message>
    <message>
        <source>Sentuh nama instansi, atau ketik nama layanan untuk mencari di semua instansi.</source>
        <translation>Touch an agency, or type a service name to search every agency.</translation>
    </message>
    <message>
        <source>Informasi / konsultasi</source>
        <translation>Information / help</translation>
    </message>
    <message>
        <source>Cari layanan: ketik nama layanan atau kode KBLI</source>
        <translation>Search services: type a service name or KBLI code</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Ketik</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tutup keyboard</source>
        <translation>Hide keyboard</translation>
    </message>
    <message>
        <source>Daftar instansi</source>
        <translation>List of agencies</translation>
    </message>
    <message numerus="yes">
        <source>%n layanan</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <source>Semua instansi</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <source>Daftar layanan</source>
        <translation>List of services</translation>
    </message>
    <message>
        <source>KBLI %1</source>
        <translation>KBLI %1</translation>
    </message>
    <message>
        <source>contoh (bukan layanan sebenarnya)</source>
        <translation>example (not a real service)</translation>
    </message>
    <message>
        <source>Belum ada layanan di kios ini. Silakan hubungi petugas informasi.</source>
        <translation>This kiosk has no services yet. Please ask at the information desk.</translation>
    </message>
    <message>
        <source>Tidak ada layanan yang cocok. Coba kata lain, atau sentuh &quot;Hapus&quot;.</source>
        <translation>No service matches. Try another word, or touch &quot;Clear&quot;.</translation>
    </message>
</context>
<context>
    <name>StaffOverlay</name>
    <message>
        <source>Keluar dari aplikasi</source>
        <translation>Quit the application</translation>
    </message>
    <message>
        <source>Menu petugas</source>
        <translation>Staff menu</translation>
    </message>
    <message>
        <source>Masukkan PIN petugas</source>
        <translation>Enter the staff PIN</translation>
    </message>
    <message>
        <source>PIN salah. Silakan coba lagi.</source>
        <translation>Wrong PIN. Please try again.</translation>
    </message>
    <message>
        <source>Terlalu banyak percobaan. Tunggu satu menit.</source>
        <translation>Too many attempts. Please wait one minute.</translation>
    </message>
    <message>
        <source>PIN petugas belum diatur (terminal.staff_pin di berkas konfigurasi).</source>
        <translation>No staff PIN is set (terminal.staff_pin in the configuration file).</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Muat ulang daftar layanan</source>
        <translation>Reload the list of services</translation>
    </message>
    <message>
        <source>Tutup menu</source>
        <translation>Close the menu</translation>
    </message>
</context>
<context>
    <name>StandardScreen</name>
    <message>
        <source>KBLI %1</source>
        <translation>KBLI %1</translation>
    </message>
    <message>
        <source>Waktu penyelesaian: %1</source>
        <translation>Completion time: %1</translation>
    </message>
    <message>
        <source>Biaya: %1</source>
        <translation>Fee: %1</translation>
    </message>
    <message>
        <source>Tekan 8 untuk membaca standar pelayanan lengkap.</source>
        <translation>Press 8 to read the full service standard.</translation>
    </message>
    <message>
        <source>Mencetak...</source>
        <translation>Printing...</translation>
    </message>
    <message>
        <source>Sudah dicetak, cetak lagi</source>
        <translation>Printed, print again</translation>
    </message>
    <message>
        <source>Gagal mencetak, coba lagi</source>
        <translation>Could not print, try again</translation>
    </message>
    <message>
        <source>Cetak persyaratan</source>
        <translation>Print the requirements</translation>
    </message>
    <message>
        <source>Informasi lainnya</source>
        <translation>More information</translation>
    </message>
    <message>
        <source>Periksa kelengkapan berkas</source>
        <translation>Check my documents</translation>
    </message>
    <message>
        <source>Lanjut</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Standar pelayanan: %1</source>
        <translation>Service standard: %1</translation>
    </message>
    <message>
        <source>Contoh untuk uji coba: ini bukan layanan sebenarnya.</source>
        <translation>Example for trying the kiosk: this is not a real service.</translation>
    </message>
    <message>
        <source>Waktu penyelesaian</source>
        <translation>Completion time</translation>
    </message>
    <message>
        <source>Biaya</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Jumlah persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message numerus="yes">
        <source>%n dokumen</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Survei Kepuasan Masyarakat</source>
        <translation>Public Satisfaction Survey</translation>
    </message>
    <message>
        <source>Bagaimana pelayanan yang Anda terima hari ini? Penilaian Anda membantu kami menjadi lebih baik.</source>
        <translation>How was the service you received today? Your rating helps us improve.</translation>
    </message>
    <message>
        <source>Silakan pindai kode QR pada tiket antrean Anda di pemindai di bawah layar.</source>
        <translation>Please scan the QR code on your queue ticket with the scanner below the screen.</translation>
    </message>
    <message>
        <source>Isi survei tanpa tiket</source>
        <translation>Take the survey without a ticket</translation>
    </message>
    <message>
        <source>Atau ketik kode survei di bawah kode QR tiket Anda, misalnya A-012-KMPTX:</source>
        <translation>Or type the survey code under your ticket&apos;s QR code, e.g. A-012-KMPTX:</translation>
    </message>
    <message>
        <source>Mulai survei</source>
        <translation>Start the survey</translation>
    </message>
</context>
<context>
    <name>SuggestionScreen</name>
    <message>
        <source>Saran dan masukan</source>
        <translation>Suggestions and feedback</translation>
    </message>
    <message>
        <source>Tuliskan saran Anda untuk perbaikan pelayanan, atau langsung kirim penilaian Anda.</source>
        <translation>Write your suggestions for improving the service, or send your rating now.</translation>
    </message>
    <message>
        <source>Sebelumnya</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Kirim penilaian</source>
        <translation>Send my rating</translation>
    </message>
    <message>
        <source>Saran Anda</source>
        <translation>Your suggestion</translation>
    </message>
    <message>
        <source>Ketuk huruf pada papan ketik untuk menulis.</source>
        <translation>Tap the letters on the keyboard to write.</translation>
    </message>
    <message>
        <source>%1 dari %2 huruf</source>
        <translation>%1 of %2 characters</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <source>Terima kasih!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>Penilaian Anda telah kami terima dan akan dipakai untuk memperbaiki pelayanan.</source>
        <translation>We have received your rating and will use it to improve the service.</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Nomor antrean konsultasi Anda</source>
        <translation>Your consultation queue number</translation>
    </message>
    <message>
        <source>Nomor antrean Anda</source>
        <translation>Your queue number</translation>
    </message>
    <message>
        <source>Prioritas: %1</source>
        <translation>Priority: %1</translation>
    </message>
    <message>
        <source>Silakan ambil tiket Anda di bawah layar.</source>
        <translation>Please take your ticket from below the screen.</translation>
    </message>
    <message>
        <source>Nomor antrean Anda: %1</source>
        <translation>Your queue number: %1</translation>
    </message>
    <message>
        <source>%1, dilayani di %2</source>
        <translation>%1, served at %2</translation>
    </message>
    <message>
        <source>Silakan duduk dan tunggu nomor Anda dipanggil di layar antrean.</source>
        <translation>Please take a seat and wait for your number on the queue display.</translation>
    </message>
    <message>
        <source>Pratinjau tiket (printer virtual)</source>
        <translation>Ticket preview (virtual printer)</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Selamat datang</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Ambil nomor antrean</source>
        <translation>Take a queue number</translation>
    </message>
    <message>
        <source>Pilih layanan, periksa kelengkapan berkas, lalu cetak nomor antrean.</source>
        <translation>Choose a service, check your documents, then print your queue number.</translation>
    </message>
    <message>
        <source>Lihat persyaratan layanan</source>
        <translation>Look up service requirements</translation>
    </message>
    <message>
        <source>Baca standar pelayanan tanpa mengambil nomor antrean.</source>
        <translation>Read a service standard without taking a queue number.</translation>
    </message>
</context>
</TS>

"""The staff desk: sign-in, calling, scanning, files, complaints, overview and audit."""

"""Reading articles in (files, URLs, HTML, front matter, encodings) and writing files out safely."""

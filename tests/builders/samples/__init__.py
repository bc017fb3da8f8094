"""The sample submissions in samples/ and their truth files in tests/data/truth/.

Texts are data (tests/data/sample_texts/<id>.yaml); the modules here lay them out the way each
applicant's tool would: `docx_samples` (python-docx, PDF twins by LibreOffice), `pdf_samples`
(reportlab and fake scans) and `unseen_samples` (the held-out ones).
"""

"""python-docx in the bundle: its XML templates and the folder it finds them from.

python-docx opens ``docx/parts/../templates/default-footer.xml`` (and the header's) relative
to ``docx/parts/hdrftr.py``. In an archive-only bundle ``docx/parts`` is no folder on disk,
so that path fails to resolve; collecting the few ``docx.parts`` sources as files next to the
archive creates it. Replaces the contributed hook, which collects the templates only.
"""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("docx")
module_collection_mode = {"docx.parts": "pyz+py"}

"""A minimal .xlsx written by hand (no openpyxl), so a test can put in it what Excel would
never write: lying dimensions, formulas, error cells, odd structures. Shared by the exchange
and reliability tests."""

from __future__ import annotations

import zipfile
from pathlib import Path

_CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
       'package/2006/content-types"><Default Extension="rels" ContentType="application/'
       'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
       '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
       'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
       '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
       'officedocument.spreadsheetml.worksheet+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
         'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
         'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="xl/workbook.xml"/></Relationships>')
_WB = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
       'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
       'officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" '
       'r:id="rId1"/></sheets></workbook>')
_WBRELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
           'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
           'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
           'Target="worksheets/sheet1.xml"/></Relationships>')


# Every part but the sheet itself (xl/worksheets/sheet1.xml), for tests that stream it.
PACKAGE_PARTS = (("[Content_Types].xml", _CT), ("_rels/.rels", _RELS),
                 ("xl/workbook.xml", _WB), ("xl/_rels/workbook.xml.rels", _WBRELS))
SHEET_PART = "xl/worksheets/sheet1.xml"


def zip_workbook(path: Path, sheet_xml: str) -> Path:
    """One-sheet workbook ("Data") whose sheet part is exactly `sheet_xml`."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in PACKAGE_PARTS:
            z.writestr(name, text)
        z.writestr(SHEET_PART, sheet_xml)
    return path

"""What PowerPoint itself writes outside the ECMA-376 schemas, and the validator therefore accepts: one place.

Each allowance is narrow (these elements and attributes, this range of values), names its evidence, and is
applied to a copy of the part just before schema validation; the package checks (axis ids, shape ids…) read
the part as written.
"""

from __future__ import annotations

C = "http://schemas.openxmlformats.org/drawingml/2006/chart"

#: Chart axis ids (`c:axId`, `c:crossAx`) written as negative 32-bit integers.
#: The schema types them `CT_UnsignedInt` (xsd:unsignedInt). PowerPoint reads them as signed 32-bit integers
#: and saves negative ones: python-pptx's XML specimens of charts saved by PowerPoint show
#: `<c:axId val="-2068027336"/>` (docs/dev/analysis/cht-chart-type.rst in scanny/python-pptx), and
#: python-pptx writes those same ids into every chart it makes (pptx/chart/xmlwriter.py). [MS-OI29500]
#: §2.1.1432 (learn.microsoft.com/openspecs/office_standards/ms-oi29500) records that Office limits axId to at
#: most 2147483647, i.e. reads it as a signed int32, and requires each to match an axis (checked separately in
#: validator.py). Accepted: any value in the signed 32-bit range, validated as its unsigned equivalent.
SIGNED_INT32_ATTRIBUTES = (
    (f"{{{C}}}axId", "val"),
    (f"{{{C}}}crossAx", "val"),
)


def apply(root) -> None:
    """Rewrite, in place, the allowed out-of-schema values of one part's (copied) tree into schema form."""
    for tag, attribute in SIGNED_INT32_ATTRIBUTES:
        for element in root.iter(tag):
            value = element.get(attribute)
            try:
                number = int(value)
            except (TypeError, ValueError):
                continue  # not a number: the schema reports it
            if -(2 ** 31) <= number < 0:
                element.set(attribute, str(number + 2 ** 32))

"""Package discovery (everything else is in pyproject.toml).

Every package under mentordesk/ is found; resources/ sits at the top of the tree
(the installers read it there) and is installed as ``mentordesk.resources``, with
every folder in it. A new package or resource folder needs no entry anywhere.
"""

from setuptools import find_namespace_packages, find_packages, setup

RESOURCES = "resources"

setup(
    packages=[
        *find_packages(include=["mentordesk", "mentordesk.*"]),
        "mentordesk.resources",
        *(
            f"mentordesk.resources.{name}"
            for name in find_namespace_packages(where=RESOURCES, exclude=["*__pycache__*"])
        ),
    ],
    package_dir={"mentordesk.resources": RESOURCES},
)

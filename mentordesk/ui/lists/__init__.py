"""The list platform: a table model over frozen rows, its filter proxy, the list area
skeleton and the table view helpers.
"""
